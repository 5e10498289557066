// The English message table: one object, an area per page plus what pages share.
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

export const en = { common, home, mtcnn, facenet, compare, lfw, clusters, database, webcam, fromFacenet, srn, models, performance, glossary };

export type Messages = typeof en;
