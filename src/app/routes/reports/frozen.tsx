export default function FrozenReportRoute() {
  return null;
}
