/**
 * The KICS platforms the harness scores, each with the mapping file it reads and the file
 * extensions of its samples. A query's test folder can hold files of other tools (an Ansible
 * playbook beside Terraform samples): only files with the platform's extensions are samples.
 */
export interface Platform {
  /** Folder under `assets/queries`, as KICS names it: `terraform/aws`. */
  id: string;
  /** File name under `eval/kics-mapping/`. */
  mapping: string;
  extensions: readonly string[];
}

export const PLATFORMS: readonly Platform[] = [
  { id: "terraform/aws", mapping: "terraform-aws.tsv", extensions: [".tf", ".json"] },
  { id: "terraform/azure", mapping: "terraform-azure.tsv", extensions: [".tf", ".json"] },
  { id: "terraform/gcp", mapping: "terraform-gcp.tsv", extensions: [".tf", ".json"] },
  { id: "cloudFormation/aws", mapping: "cloudformation-aws.tsv", extensions: [".yaml", ".yml", ".json"] },
  { id: "k8s", mapping: "k8s.tsv", extensions: [".yaml", ".yml", ".json"] },
  { id: "azureResourceManager", mapping: "azure-resource-manager.tsv", extensions: [".json", ".bicep"] },
];

export function platformById(id: string): Platform | undefined {
  return PLATFORMS.find((p) => p.id === id);
}
