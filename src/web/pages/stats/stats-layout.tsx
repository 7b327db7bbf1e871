import { Stack } from '@mantine/core';
import { Outlet } from 'react-router';
import { StatsSubnav } from './stats-subnav';

/** Every public statistics page, under the links between them. */
export function StatsLayout() {
  return (
    <Stack gap="md">
      <StatsSubnav />
      <Outlet />
    </Stack>
  );
}
