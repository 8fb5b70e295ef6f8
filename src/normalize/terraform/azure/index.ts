/** Every azurerm_* normalizer, registered in src/normalize/providers.ts. */
import type { Normalizer } from "../../registry.ts";
import { normalizers as appService } from "./app-service.ts";
import { normalizers as compute } from "./compute.ts";
import { normalizers as databases } from "./databases.ts";
import { normalizers as defender } from "./defender.ts";
import { normalizers as identity } from "./identity.ts";
import { normalizers as keyVault } from "./key-vault.ts";
import { normalizers as kubernetes } from "./kubernetes.ts";
import { normalizers as monitor } from "./monitor.ts";
import { normalizers as network } from "./network.ts";
import { normalizers as services } from "./services.ts";
import { normalizers as storage } from "./storage.ts";

export const normalizers: Normalizer[] = [
  ...appService,
  ...compute,
  ...databases,
  ...defender,
  ...identity,
  ...keyVault,
  ...kubernetes,
  ...monitor,
  ...network,
  ...services,
  ...storage,
];
