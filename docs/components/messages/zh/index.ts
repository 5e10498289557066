// The Chinese message table: the same keys as the English one (type Messages).
import type { Messages } from "../en/index.js";
import { common } from "./common.js";
import { home } from "./home.js";
import { mtcnn } from "./mtcnn.js";
import { facenet } from "./facenet.js";
import { compare } from "./compare.js";
import { lfw } from "./lfw.js";
import { clusters } from "./clusters.js";
import { database } from "./database.js";
import { webcam } from "./webcam.js";
import { fromFacenet } from "./fromFacenet.js";
import { srn } from "./srn.js";
import { performance } from "./performance.js";
import { models } from "./models.js";
import { glossary } from "./glossary.js";

export const zh: Messages = { common, home, mtcnn, facenet, compare, lfw, clusters, database, webcam, fromFacenet, srn, models, performance, glossary };
