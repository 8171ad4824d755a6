// The routes. Home is in the first bundle; the rest load when visited, staff screens in chunks of their own.
// The same table serves the browser's router and the server's render.
import { lazy, type ComponentType } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { Home } from './pages/Home';

/**
 * A page in a chunk of its own, loaded when first shown. `preload` fetches it ahead: once loaded, the page renders
 * at once (the lazy wrapper gets a thenable that answers immediately) instead of suspending for a moment — which
 * lets the browser take over a page the server rendered without drawing it again.
 */
function page<T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T) {
  let loaded: ComponentType | undefined;
  const preload = async () => (loaded ??= (await load())[name] as ComponentType);
  const now = (component: ComponentType) => ({ then: (resolve: (m: { default: ComponentType }) => void) => resolve({ default: component }) });
  const component = lazy(() => (loaded ? now(loaded) as unknown as Promise<{ default: ComponentType }> : preload().then((c) => ({ default: c }))));
  return Object.assign(component, { preload });
}

const SignIn = page(() => import('./pages/SignIn'), 'SignIn');
const Search = page(() => import('./pages/Search'), 'Search');
const ItemGuide = page(() => import('./pages/Guide'), 'ItemGuide');
const BundleGuide = page(() => import('./pages/Guide'), 'BundleGuide');
const ApplyItem = page(() => import('./pages/Apply'), 'ApplyItem');
const ApplyBundle = page(() => import('./pages/Apply'), 'ApplyBundle');
const Cases = page(() => import('./pages/Cases'), 'Cases');
const CaseDetail = page(() => import('./pages/Cases'), 'CaseDetail');
const Inbox = page(() => import('./pages/Inbox'), 'Inbox');
const DataAccess = page(() => import('./pages/Inbox'), 'DataAccess');
const Wallet = page(() => import('./pages/Wallet'), 'Wallet');
const Certificate = page(() => import('./pages/Wallet'), 'Certificate');
const Verify = page(() => import('./pages/Verify'), 'Verify');
const Register = page(() => import('./pages/Register'), 'Register');
const Account = page(() => import('./pages/Account'), 'Account');
const MyPolicies = page(() => import('./pages/Policies'), 'MyPolicies');
const MyPolicy = page(() => import('./pages/Policies'), 'MyPolicy');
const MyServices = page(() => import('./pages/Policies'), 'MyServices');
const Delegations = page(() => import('./pages/Delegations'), 'Delegations');
const Enterprises = page(() => import('./pages/Agents'), 'Enterprises');
const EnterpriseAgents = page(() => import('./pages/Agents'), 'EnterpriseAgents');
const NotFound = page(() => import('./pages/NotFound'), 'NotFound');
const Queue = page(() => import('./staff/Workbench'), 'Queue');
const StaffCase = page(() => import('./staff/Workbench'), 'StaffCase');
const WindowFiling = page(() => import('./staff/Window'), 'WindowFiling');
const Rectifications = page(() => import('./staff/Workbench'), 'Rectifications');
const AdminItems = page(() => import('./staff/Admin'), 'AdminItems');
const ItemEditor = page(() => import('./staff/Admin'), 'ItemEditor');
const AdminHome = page(() => import('./staff/AdminHome'), 'AdminHome');
const AdminPolicies = page(() => import('./staff/AdminPolicies'), 'AdminPolicies');
const PolicyEditor = page(() => import('./staff/AdminPolicies'), 'PolicyEditor');
const AdminSimulator = page(() => import('./staff/AdminSimulator'), 'AdminSimulator');
const AdminExchange = page(() => import('./staff/AdminExchange'), 'AdminExchange');
const AdminAccounts = page(() => import('./staff/AdminAccounts'), 'AdminAccounts');
const AdminDirectory = page(() => import('./staff/AdminOperator'), 'AdminDirectory');
const AdminKeys = page(() => import('./staff/AdminOperator'), 'AdminKeys');

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Home /> },
      { path: '/sign-in', element: <SignIn /> },
      { path: '/search', element: <Search /> },
      { path: '/guide/item/:code', element: <ItemGuide /> },
      { path: '/guide/bundle/:code', element: <BundleGuide /> },
      { path: '/apply/item/:code', element: <ApplyItem /> },
      { path: '/apply/item/:code/:draftId/:step', element: <ApplyItem /> },
      { path: '/apply/bundle/:code/:step?', element: <ApplyBundle /> },
      { path: '/cases', element: <Cases /> },
      { path: '/cases/:id', element: <CaseDetail /> },
      { path: '/inbox', element: <Inbox /> },
      { path: '/data-access', element: <DataAccess /> },
      { path: '/wallet', element: <Wallet /> },
      { path: '/wallet/:id', element: <Certificate /> },
      { path: '/verify', element: <Verify /> },
      { path: '/register', element: <Register /> },
      { path: '/account', element: <Account /> },
      { path: '/my-policies', element: <MyPolicies /> },
      { path: '/my-policies/:code', element: <MyPolicy /> },
      { path: '/my-services', element: <MyServices /> },
      { path: '/delegations', element: <Delegations /> },
      { path: '/enterprises', element: <Enterprises /> },
      { path: '/enterprises/:id/agents', element: <EnterpriseAgents /> },
      { path: '/staff', element: <Queue /> },
      { path: '/staff/cases/:id', element: <StaffCase /> },
      { path: '/staff/window', element: <WindowFiling /> },
      { path: '/staff/rectifications', element: <Rectifications /> },
      { path: '/admin/items', element: <AdminItems /> },
      { path: '/admin/items/:code', element: <ItemEditor /> },
      { path: '/admin', element: <AdminHome /> },
      { path: '/admin/policies', element: <AdminPolicies /> },
      { path: '/admin/policies/:code', element: <PolicyEditor /> },
      { path: '/admin/simulator', element: <AdminSimulator /> },
      { path: '/admin/exchange', element: <AdminExchange /> },
      { path: '/admin/accounts', element: <AdminAccounts /> },
      { path: '/admin/directory', element: <AdminDirectory /> },
      { path: '/admin/keys', element: <AdminKeys /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/** Loads the chunks of the page at `pathname` (before the browser takes over a page the server rendered). */
export async function preloadPage(pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  await Promise.all(matches.map((m) => (m.route.element as { type?: { preload?: () => Promise<unknown> } } | undefined)?.type?.preload?.()));
}
