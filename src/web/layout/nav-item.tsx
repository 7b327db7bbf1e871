import { NavLink } from '@mantine/core';
import { Link, useMatch } from 'react-router';

/** A navigation link that marks the current page visually and with aria-current for screen readers. */
export function NavItem({
  to,
  label,
  end = false,
  onNavigate,
}: {
  to: string;
  label: string;
  end?: boolean;
  onNavigate?: () => void;
}) {
  const match = useMatch({ path: to, end });
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      active={match !== null}
      aria-current={match ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
}
