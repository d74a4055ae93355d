import { describe, expect, it } from 'vitest';
import {
  AGENCY_REPORT_ROUTE,
  agencyReportHash,
  parseReportQuery,
  reportHash,
  routeOf,
} from '@/entrypoints/options/routes';
import { campaignOf } from '@/tests/fixtures/campaign';

const campaign = campaignOf();

describe('the printable report’s address', () => {
  it.each([
    [
      'from=2024-06-05&to=2024-06-30&date=2024-07-01',
      { range: { from: '2024-06-05', to: '2024-06-30' }, date: '2024-07-01' },
    ],
    [
      'from=2024-06-10&to=2024-06-16&date=2024-06-17',
      { range: { from: '2024-06-10', to: '2024-06-16' }, date: '2024-06-17' },
    ],
    ['from=2024-06-20&to=2024-06-10&date=2024-07-01', null],
    ['from=2024-06-01&to=2024-06-30&date=2024-07-01', null],
    ['from=2024-06-31&to=2024-06-30&date=2024-07-01', null],
    ['from=2024-06-05&to=2024-06-30', null],
    ['x', null],
  ])('reads %s', (query, expected) => {
    expect(parseReportQuery(query, campaign)).toEqual(expected);
  });

  it('is the named route "report", and reads back what it was made from', () => {
    const address = { range: { from: '2024-06-10', to: '2024-06-16' }, date: '2024-06-17' };
    const hash = reportHash(address);
    expect(hash).toBe('#report?from=2024-06-10&to=2024-06-16&date=2024-06-17');
    const route = routeOf(hash.slice(1));
    expect(route.name).toBe('report');
    expect(parseReportQuery(route.query, campaign)).toEqual(address);
  });

  it('names a section by the hash alone', () => {
    expect(routeOf('admin')).toEqual({ name: 'admin', query: '' });
  });
});

describe('the level above’s printable report’s address (issue #15)', () => {
  it('is the named route "agency-report", read as the office report’s is', () => {
    const address = { range: { from: '2024-06-10', to: '2024-06-28' }, date: '2024-07-01' };
    const hash = agencyReportHash(address);
    expect(hash).toBe('#agency-report?from=2024-06-10&to=2024-06-28&date=2024-07-01');
    const route = routeOf(hash.slice(1));
    expect(route.name).toBe(AGENCY_REPORT_ROUTE);
    expect(parseReportQuery(route.query, campaign)).toEqual(address);
  });

  it('refuses a period outside the campaign', () => {
    const route = routeOf('agency-report?from=2024-05-20&to=2024-06-28&date=2024-07-01');
    expect(route.name).toBe('agency-report');
    expect(parseReportQuery(route.query, campaign)).toBeNull();
  });
});
