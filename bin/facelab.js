#!/usr/bin/env node
// The installed `facelab` command: runs the compiled CLI (`npm run build:lib` / `prepare` builds lib/).
import { main } from "../lib/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
