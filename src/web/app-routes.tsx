import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { LoadingState } from './components/loading-state';
import { AppLayout } from './layout/app-layout';
import { AboutPage } from './pages/about/about-page';
import { ComingSoonPage } from './pages/common/coming-soon-page';
import { NotFoundPage } from './pages/common/not-found-page';
import { HomePage } from './pages/home/home-page';
import { LegalCataloguePage } from './pages/legal/legal-catalogue-page';
import { LoginPage } from './pages/login/login-page';
import { AgenciesPage } from './pages/reference/agencies-page';
import { ElectionDetailPage } from './pages/reference/election-detail-page';
import { ElectionsPage } from './pages/reference/elections-page';
import { RegionDetailPage } from './pages/reference/region-detail-page';
import { RegionsPage } from './pages/reference/regions-page';
import { StaffHomePage } from './pages/staff/staff-home-page';
import { StaffArea } from './session/staff-area';

// The case console (forms generated from the workflow's zod schemas) loads only when a staff page asks for it.
const CaseInboxPage = lazy(() =>
  import('./pages/cases/case-inbox-page').then((m) => ({ default: m.CaseInboxPage })),
);
const NewIntakePage = lazy(() =>
  import('./pages/cases/new-intake-page').then((m) => ({ default: m.NewIntakePage })),
);
const CasePage = lazy(() => import('./pages/cases/case-page').then((m) => ({ default: m.CasePage })));
const DeadlineRulesPage = lazy(() =>
  import('./pages/deadline-rules/deadline-rules-page').then((m) => ({ default: m.DeadlineRulesPage })),
);
const PpkPortalPage = lazy(() =>
  import('./pages/cases/ppk-portal-page').then((m) => ({ default: m.PpkPortalPage })),
);
// Public figures: only a visitor who opens a statistics page downloads it (charts and map load later still).
const StatsLayout = lazy(() =>
  import('./pages/stats/stats-layout').then((m) => ({ default: m.StatsLayout })),
);
const StatsPage = lazy(() => import('./pages/stats/stats-page').then((m) => ({ default: m.StatsPage })));
const PpkLeaguePage = lazy(() =>
  import('./pages/stats/league/ppk-league-page').then((m) => ({ default: m.PpkLeaguePage })),
);
const ReconciliationPage = lazy(() =>
  import('./pages/stats/reconciliation/reconciliation-page').then((m) => ({ default: m.ReconciliationPage })),
);
const SnapshotListPage = lazy(() =>
  import('./pages/stats/archive/snapshot-list-page').then((m) => ({ default: m.SnapshotListPage })),
);
const SnapshotPage = lazy(() =>
  import('./pages/stats/archive/snapshot-page').then((m) => ({ default: m.SnapshotPage })),
);

function Loaded({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

/** Every page and its path. Paths are Indonesian, as the people who use them read them. */
export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="tentang" element={<AboutPage />} />
        <Route
          path="lapor"
          element={<ComingSoonPage title={t('home.reportTitle')} description={t('home.reportBody')} />}
        />
        <Route
          path="lacak"
          element={<ComingSoonPage title={t('home.trackTitle')} description={t('home.trackBody')} />}
        />
        <Route
          path="statistik"
          element={
            <Loaded>
              <StatsLayout />
            </Loaded>
          }
        >
          <Route
            index
            element={
              <Loaded>
                <StatsPage />
              </Loaded>
            }
          />
          <Route
            path="ppk"
            element={
              <Loaded>
                <PpkLeaguePage />
              </Loaded>
            }
          />
          <Route
            path="rekonsiliasi"
            element={
              <Loaded>
                <ReconciliationPage />
              </Loaded>
            }
          />
          <Route
            path="arsip"
            element={
              <Loaded>
                <SnapshotListPage />
              </Loaded>
            }
          />
          <Route
            path="arsip/:id"
            element={
              <Loaded>
                <SnapshotPage />
              </Loaded>
            }
          />
        </Route>
        <Route path="masuk" element={<LoginPage />} />
        <Route path="staf" element={<StaffArea />}>
          <Route index element={<StaffHomePage />} />
          <Route path="wilayah" element={<RegionsPage />} />
          <Route path="wilayah/:code" element={<RegionDetailPage />} />
          <Route path="instansi" element={<AgenciesPage />} />
          <Route path="pemilu" element={<ElectionsPage />} />
          <Route path="pemilu/:id" element={<ElectionDetailPage />} />
          <Route path="katalog-hukum" element={<LegalCataloguePage />} />
          <Route
            path="kasus"
            element={
              <Loaded>
                <CaseInboxPage />
              </Loaded>
            }
          />
          <Route
            path="kasus/baru"
            element={
              <Loaded>
                <NewIntakePage />
              </Loaded>
            }
          />
          <Route
            path="kasus/:id"
            element={
              <Loaded>
                <CasePage />
              </Loaded>
            }
          />
          <Route
            path="tenggat"
            element={
              <Loaded>
                <DeadlineRulesPage />
              </Loaded>
            }
          />
          <Route
            path="ppk"
            element={
              <Loaded>
                <PpkPortalPage />
              </Loaded>
            }
          />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
