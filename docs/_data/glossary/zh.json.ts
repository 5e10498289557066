// Data loader: the glossary's terms with their definitions in Chinese only (see editionTerms.ts).
import { editionTerms } from "../../components/glossary/editionTerms.js";
import { TERMS } from "../../components/glossary/terms.js";

process.stdout.write(JSON.stringify(editionTerms(TERMS, "zh")));
