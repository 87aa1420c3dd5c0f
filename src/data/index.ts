export { dataPath, packageRoot, packageVersion, readDataJson } from "./data-path.js";
