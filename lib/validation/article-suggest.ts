import { z } from "zod";
import { listText } from "./list-params";

export const articleSuggestSchema = z.object({ q: listText(200) });
