// The CLI's view of UserError: defined in shared/ so that library code can throw it without importing cli/.
export { UserError } from "../shared/user-error.js";
