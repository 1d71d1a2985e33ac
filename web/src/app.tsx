import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { RequireRole, RequireSession } from './auth/require-session.js';
import { SessionProvider } from './auth/session.js';
import { I18nProvider } from './i18n/i18n.js';
import { AccessibilityPage } from './pages/accessibility-page.js';
import { LoginPage } from './pages/login-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { Layout } from './ui/layout.js';
import { Loading } from './ui/loading.js';

/*
 * The routes of CONSOLE.md. Each area's pages load when first opened (lazy), so the first load
 * carries only the shell, the login page and the programme list.
 */
const ALL = ['admin', 'lead', 'coordinator'];

const routes: RouteObject[] = [
  {
    element: <Layout />,
    hydrateFallbackElement: <Loading />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/accessibility', element: <AccessibilityPage /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <Navigate to="/programmes" replace /> },
          {
            path: '/programmes',
            lazy: async () => ({ Component: (await import('./programmes/programmes-page.js')).ProgrammesPage }),
          },
          {
            element: <RequireRole roles={['admin', 'lead']} />,
            children: [
              {
                path: '/programmes/new',
                lazy: async () => ({
                  Component: (await import('./programmes/programme-form-page.js')).NewProgrammePage,
                }),
              },
              {
                path: '/stats',
                lazy: async () => ({ Component: (await import('./stats/overview-page.js')).StatsOverviewPage }),
              },
            ],
          },
          {
            element: <RequireRole roles={ALL} />,
            children: [
              {
                path: '/programmes/:id',
                lazy: async () => ({ Component: (await import('./programmes/programme-page.js')).ProgrammePage }),
              },
              {
                path: '/programmes/:id/edit',
                lazy: async () => ({
                  Component: (await import('./programmes/programme-form-page.js')).EditProgrammePage,
                }),
              },
              {
                path: '/programmes/:id/participants',
                lazy: async () => ({
                  Component: (await import('./participants/participants-page.js')).ParticipantsPage,
                }),
              },
              {
                path: '/programmes/:id/participants/import',
                lazy: async () => ({ Component: (await import('./participants/import-page.js')).ImportPage }),
              },
              {
                path: '/participants/:id',
                lazy: async () => ({ Component: (await import('./participants/participant-page.js')).ParticipantPage }),
              },
              {
                path: '/programmes/:id/matching',
                lazy: async () => ({ Component: (await import('./matching/matching-page.js')).MatchingPage }),
              },
              {
                path: '/programmes/:id/pairs',
                lazy: async () => ({ Component: (await import('./pairs/pairs-page.js')).PairsPage }),
              },
              {
                path: '/pairs/:id',
                lazy: async () => ({ Component: (await import('./pairs/pair-page.js')).PairPage }),
              },
              {
                path: '/programmes/:id/stats',
                lazy: async () => ({ Component: (await import('./stats/programme-stats-page.js')).ProgrammeStatsPage }),
              },
              {
                path: '/municipalities',
                lazy: async () => ({
                  Component: (await import('./municipalities/municipalities-page.js')).MunicipalitiesPage,
                }),
              },
              {
                path: '/municipalities/:code/info',
                lazy: async () => ({ Component: (await import('./municipalities/info-pages-page.js')).InfoPagesPage }),
              },
              {
                path: '/municipalities/:code/info/:language',
                lazy: async () => ({
                  Component: (await import('./municipalities/info-page-editor.js')).InfoPageEditorPage,
                }),
              },
              {
                path: '/municipalities/:code/team',
                lazy: async () => ({ Component: (await import('./municipalities/team-page.js')).TeamPage }),
              },
              {
                path: '/municipalities/:code/events',
                lazy: async () => ({ Component: (await import('./events/events-page.js')).EventsPage }),
              },
              {
                path: '/municipalities/:code/events/:id',
                lazy: async () => ({ Component: (await import('./events/event-page.js')).EventPage }),
              },
              {
                path: '/newcomers',
                lazy: async () => ({
                  Component: (await import('./newcomers/newcomers-home-page.js')).NewcomersHomePage,
                }),
              },
              {
                path: '/municipalities/:code/newcomers',
                lazy: async () => ({ Component: (await import('./newcomers/newcomers-page.js')).NewcomersPage }),
              },
              {
                path: '/municipalities/:code/waiting-list',
                lazy: async () => ({ Component: (await import('./newcomers/waiting-list-page.js')).WaitingListPage }),
              },
              {
                path: '/municipalities/:code/reach',
                lazy: async () => ({ Component: (await import('./newcomers/reach-page.js')).ReachPage }),
              },
              {
                path: '/newcomers/:id',
                lazy: async () => ({ Component: (await import('./newcomers/newcomer-page.js')).NewcomerPage }),
              },
              {
                path: '/account',
                lazy: async () => ({ Component: (await import('./account/account-page.js')).AccountPage }),
              },
            ],
          },
          {
            element: <RequireRole roles={['admin']} />,
            children: [
              {
                path: '/admin/users',
                lazy: async () => ({ Component: (await import('./admin/users-page.js')).UsersPage }),
              },
              {
                path: '/admin/outbox',
                lazy: async () => ({ Component: (await import('./admin/outbox-page.js')).OutboxPage }),
              },
              {
                path: '/admin/audit',
                lazy: async () => ({ Component: (await import('./admin/audit-page.js')).AuditPage }),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => failures < 2 && !(error instanceof Error && 'status' in error),
    },
  },
});

const router = createBrowserRouter(routes);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
