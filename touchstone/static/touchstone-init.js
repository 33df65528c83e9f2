// Start the NHS.UK components (menus, error summary focus). Every page works without this.
import { initAll } from "./nhsuk/nhsuk-frontend.min.js";

initAll();
