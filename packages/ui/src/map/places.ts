/**
 * A few places to read the schools against, on maps without a coastline or tiles; `anchor` is
 * the side of the point the name sits on, chosen so no two names overlap on the dot map.
 */
export const referencePlaces = [
  { name: "Newcastle", latitude: 54.978, longitude: -1.618, anchor: "start" },
  { name: "Manchester", latitude: 53.48, longitude: -2.242, anchor: "end" },
  { name: "Birmingham", latitude: 52.486, longitude: -1.89, anchor: "end" },
  { name: "Norwich", latitude: 52.63, longitude: 1.297, anchor: "end" },
  { name: "Bristol", latitude: 51.454, longitude: -2.588, anchor: "end" },
  { name: "London", latitude: 51.507, longitude: -0.128, anchor: "start" },
  { name: "Plymouth", latitude: 50.375, longitude: -4.143, anchor: "start" },
] as const;
