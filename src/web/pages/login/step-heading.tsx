import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';

/**
 * The heading of a sign-in step. The step replaces the form the person just submitted, so focus would fall to
 * the page; it moves here instead and a screen reader announces the new step.
 */
export function StepHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Title ref={ref} order={2} size="h3" tabIndex={-1} style={{ outline: 'none' }}>
      {children}
    </Title>
  );
}
