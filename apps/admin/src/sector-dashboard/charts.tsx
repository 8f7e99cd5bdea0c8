import { partnershipStates } from "@atlas/domain";
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  answeredColour,
  profileColours,
  requestColour,
  sizeBandColours,
  stateColours,
} from "./chart-colours.ts";
import {
  type FigureTable,
  type FigureValue,
  formatWait,
  monthName,
  sizeBandKeys,
  sizeBandName,
} from "./figure-tables.ts";

// The dashboard's charts (Recharts). Each is drawn from its figure's table and read as one image
// (FigureSection gives it its name): the accessibility layer, which makes the chart a focusable
// application of its own, is off, and the table carries the numbers for keyboards and readers.
// Legends keep the tables' order (size bands small to large, states as a partnership goes).

const height = 300;
const shortMonth = (value: unknown) => (typeof value === "string" ? monthName(value, "short") : "");
const longMonth = (value: unknown) => (typeof value === "string" ? monthName(value) : "");
const axisTick = { fill: "#0b0c0c", fontSize: 14 };
/** Legend text in the body colour: Recharts colours it like its series, too light to read. */
const legendText = (value: unknown) => <span className="sector-legend-text">{String(value)}</span>;
const rowsOf = (table: FigureTable) => table.rows as Record<string, FigureValue>[];

/** Open trusts by region, each bar stacked by size band. */
export function TrustsChart({ table }: { table: FigureTable }) {
  // The last row is the total of all regions: the bars are the regions.
  const rows = rowsOf(table).slice(0, -1);
  return (
    <ResponsiveContainer width="100%" height={height + 80}>
      <BarChart data={rows} accessibilityLayer={false} margin={{ bottom: 60, left: 30 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="region" tick={axisTick} angle={-35} textAnchor="end" interval={0} />
        <YAxis allowDecimals={false} tick={axisTick} />
        <Tooltip />
        <Legend verticalAlign="top" itemSorter={null} formatter={legendText} />
        {sizeBandKeys.map((band) => (
          <Bar
            key={band}
            dataKey={band}
            name={sizeBandName(band)}
            stackId="size"
            fill={sizeBandColours[band]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** One bar: open trusts with a published profile, and without. */
export function ProfileShareChart({
  withProfile,
  without,
}: {
  withProfile: number;
  without: number;
}) {
  const data = [{ name: "Open trusts", with: withProfile, without }];
  return (
    <ResponsiveContainer width="100%" height={140}>
      <BarChart data={data} layout="vertical" accessibilityLayer={false}>
        <XAxis type="number" allowDecimals={false} tick={axisTick} />
        <YAxis type="category" dataKey="name" hide />
        <Tooltip />
        <Legend verticalAlign="top" itemSorter={null} formatter={legendText} />
        <Bar
          dataKey="with"
          name="With a published profile"
          stackId="share"
          fill={profileColours.with}
          isAnimationActive={false}
        />
        <Bar
          dataKey="without"
          name="Without one"
          stackId="share"
          fill={profileColours.without}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Partnerships at each month's end, stacked by state. */
export function PartnershipsChart({ table }: { table: FigureTable }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <AreaChart data={rowsOf(table)} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={shortMonth} tick={axisTick} />
        <YAxis allowDecimals={false} tick={axisTick} />
        <Tooltip labelFormatter={longMonth} />
        <Legend verticalAlign="top" itemSorter={null} formatter={legendText} />
        {partnershipStates.keys.map((state) => (
          <Area
            key={state}
            type="linear"
            dataKey={state}
            name={partnershipStates.label(state)}
            stackId="state"
            stroke={stateColours[state]}
            fill={stateColours[state]}
            fillOpacity={0.85}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}

/** Requests made each month, beside those answered. */
export function RequestsChart({ table }: { table: FigureTable }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rowsOf(table)} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={shortMonth} tick={axisTick} />
        <YAxis allowDecimals={false} tick={axisTick} />
        <Tooltip labelFormatter={longMonth} />
        <Legend verticalAlign="top" itemSorter={null} formatter={legendText} />
        <Bar
          dataKey="requests"
          name="Requests made"
          fill={requestColour}
          isAnimationActive={false}
        />
        <Bar
          dataKey="answered"
          name="Answered by the trust"
          fill={answeredColour}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The median wait for a first response, month by month (gaps where none was answered). */
export function ResponseTimesChart({ table }: { table: FigureTable }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rowsOf(table)} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={shortMonth} tick={axisTick} />
        <YAxis tick={axisTick} unit=" h" />
        <Tooltip
          labelFormatter={longMonth}
          formatter={(value) => (typeof value === "number" ? formatWait(value) : String(value))}
        />
        <Line
          type="linear"
          dataKey="medianHours"
          name="Median time to first response"
          stroke={requestColour}
          strokeWidth={2}
          dot
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
