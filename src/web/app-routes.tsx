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
// Public figures: only a visitor who opens the statistics page downloads it.
const StatsPage = lazy(() => import('./pages/stats/stats-page').then((m) => ({ default: m.StatsPage })));

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
              <StatsPage />
            </Loaded>
          }
        />
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
