/** Edits the fixture program: adds Pat Park, third on call and nobody's counselor or supervisor. */
export const withPark = (yaml: string): string =>
  yaml.replace(/\ngroups:\n/, '\n  - id: c-park\n    name: Pat Park\n    contacts: { sms: "+13125550104" }\n    onCall: 3\ngroups:\n');
