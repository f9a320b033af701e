import { z } from "zod";
import { choice } from "./fields";

export const publicationSchema = z.object({ publication: choice("published or draft", ["draft", "published"] as const) });
