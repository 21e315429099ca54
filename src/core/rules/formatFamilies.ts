/**
 * Shapes that say which provider's format a value is in, beyond the exact prefixes the provider
 * rules match: a value in one of these families that no provider rule claimed failed that
 * provider's format (an unknown version, a wrong length, a missing segment). It is a look-alike,
 * not a credential of unknown kind, so the generic detector does not report it (issue 7, item 5).
 */
const FAMILIES: readonly RegExp[] = [
  /^sk-ant-[a-z]+\d{2}-/, // Anthropic: sk-ant-<kind><version>- (api03, admin01)
  /^gh[a-z]_[A-Za-z0-9]{20,}$/, // GitHub: gh + a kind letter + _ (docs: "Behind GitHub's new authentication token formats")
  /T3BlbkFJ/, // OpenAI's marker ("OpenAI" in base64) inside legacy and project keys
  /^SG\.[A-Za-z0-9_-]{22}(?:\.|$)/, // SendGrid: SG.<22-character id>.<43-character secret>
  /^dapi[0-9a-f]{8,}(?:-\d)?$/, // Databricks: dapi + 32 hex
  /^gl(?:pat|dt|rt|ptt|cbt|soat|ffct|imt|oas)-[A-Za-z0-9_.-]{1,}$/, // GitLab: gl + a kind + - (docs: "GitLab token overview", token prefixes)
];

/** The value is in a provider's format family (see above). */
export function inProviderFamily(value: string): boolean {
  return FAMILIES.some(family => family.test(value));
}
