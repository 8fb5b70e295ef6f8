/** Registers every provider's normalizers. Each provider folder exports its list. */
import { registerNormalizers } from "./registry.ts";

registerNormalizers([]);
