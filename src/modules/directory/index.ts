export { createRegion, listRegions, getRegion, createDepartment, updateDepartment, listDepartments, getDepartment, findDepartment,
  createHall, listHalls, getHall, createWindow, listWindows, getWindow } from './service.js';
export type { RegionView, DepartmentView, HallView, WindowView, DepartmentInput, RegionInput, HallInput, WindowInput } from './service.js';
export { directoryRoutes } from './routes.js';
export { directoryEvents } from './events.js';
export type { DirectoryEvents } from './events.js';
