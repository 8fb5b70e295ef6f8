import type { LoadResult } from "../../model/raw.ts";
import type { Loader, LoaderContext } from "../loader.ts";

/** Loads every Terraform root module found among `files` (absolute paths of .tf and .tf.json files). */
export const loadTerraform: Loader = async (_files: string[], _ctx: LoaderContext): Promise<LoadResult> => {
  throw new Error("the Terraform loader is being written");
};
