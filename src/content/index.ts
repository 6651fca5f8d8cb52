export { DEFAULT_PACK_DIR, loadCoursePack, readPack } from "./pack/load.js";
