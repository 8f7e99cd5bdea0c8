import { COLLECTION_NOTE_MAX } from "@atlas/domain";
import { Button, Textarea, VisuallyHidden } from "@atlas/ui";
import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useEffect, useRef, useState } from "react";
import { type EntryValues, moveEntry, noteFieldId } from "./collection-form.ts";

// The collection's trusts in order. Three ways to reorder, all ending in the same `onMove`:
// dragging a row's handle with a pointer; the same handle from the keyboard (Space to pick
// up, arrows to move, Space to drop, Escape to cancel), with dnd-kit announcing each step;
// and a row's "Move up" / "Move down" buttons, which keep focus on the button pressed.

const instructions: ScreenReaderInstructions = {
  draggable:
    "To move this trust, press Space or Enter to pick it up, the up and down arrows to move it, Space or Enter again to drop it, or Escape to put it back.",
};

export function EntriesList({
  entries,
  errors,
  onChange,
}: {
  entries: readonly EntryValues[];
  errors: Partial<Record<string, string>>;
  onChange: (entries: EntryValues[]) => void;
}) {
  const [announcement, setAnnouncement] = useState("");
  const focusAfter = useRef<string | null>(null);
  const sensors = useSensors(
    // A few pixels of movement before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: UniqueIdentifier) =>
    entries.find((e) => e.trustId === id)?.trustName ?? "The trust";
  const positionOf = (id: UniqueIdentifier) => entries.findIndex((e) => e.trustId === id) + 1;
  const placed = (id: UniqueIdentifier, position: number) =>
    `${nameOf(id)} is now number ${position} of ${entries.length}.`;

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${nameOf(active.id)}, number ${positionOf(active.id)} of ${entries.length}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${nameOf(active.id)} is over number ${positionOf(over.id)} of ${entries.length}.`
        : undefined,
    onDragEnd: ({ active, over }) =>
      over ? `Dropped. ${placed(active.id, positionOf(over.id))}` : `Dropped ${nameOf(active.id)}.`,
    onDragCancel: ({ active }) =>
      `Cancelled. ${nameOf(active.id)} is back at number ${positionOf(active.id)}.`,
  };

  useEffect(() => {
    if (focusAfter.current === null) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const move = (from: number, to: number, keepFocusOn?: string) => {
    if (to < 0 || to >= entries.length || from === to) return;
    const entry = entries[from];
    if (!entry) return;
    focusAfter.current = keepFocusOn ?? null;
    onChange(moveEntry(entries, from, to));
    setAnnouncement(placed(entry.trustId, to + 1));
  };

  function dragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = entries.findIndex((e) => e.trustId === active.id);
    const to = entries.findIndex((e) => e.trustId === over.id);
    if (from >= 0 && to >= 0) onChange(moveEntry(entries, from, to));
  }

  if (entries.length === 0) {
    return <p className="ui-body">No trusts yet: find one below and add it.</p>;
  }
  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={dragEnd}
        accessibility={{ announcements, screenReaderInstructions: instructions }}
      >
        <SortableContext
          items={entries.map((e) => e.trustId)}
          strategy={verticalListSortingStrategy}
        >
          <ol className="ui-list admin-collection-entries" aria-label="Trusts in the collection">
            {entries.map((entry, index) => (
              <EntryRow
                key={entry.trustId}
                entry={entry}
                index={index}
                count={entries.length}
                error={errors[noteFieldId(index)]}
                onNote={(note) =>
                  onChange(entries.map((e, i) => (i === index ? { ...e, note } : e)))
                }
                onMove={(to, focusId) => move(index, to, focusId)}
                onRemove={() => {
                  onChange(entries.filter((_, i) => i !== index));
                  setAnnouncement(`${entry.trustName} was removed from the collection.`);
                }}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <p role="status" className="ui-visually-hidden">
        {announcement}
      </p>
    </>
  );
}

function EntryRow({
  entry,
  index,
  count,
  error,
  onNote,
  onMove,
  onRemove,
}: {
  entry: EntryValues;
  index: number;
  count: number;
  error: string | undefined;
  onNote: (note: string) => void;
  onMove: (to: number, focusId: string) => void;
  onRemove: () => void;
}) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: entry.trustId });
  const upId = `move-up-${index}`;
  const downId = `move-down-${index}`;
  const first = index === 0;
  const last = index === count - 1;
  return (
    <li
      ref={setNodeRef}
      className="admin-collection-entry"
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <div className="admin-collection-entry__head">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="admin-collection-entry__handle"
          {...attributes}
          {...listeners}
          aria-label={`Drag ${entry.trustName}, number ${index + 1} of ${count}`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="admin-collection-entry__name">
          <span className="admin-collection-entry__position">{index + 1}.</span> {entry.trustName}
        </span>
      </div>
      <Textarea
        name={noteFieldId(index)}
        label={
          <>
            Note<VisuallyHidden> on {entry.trustName}</VisuallyHidden> (optional)
          </>
        }
        hint="Why it is in the collection: the public reads this under its name."
        rows={2}
        maxLength={COLLECTION_NOTE_MAX}
        value={entry.note}
        onChange={(e) => onNote(e.currentTarget.value)}
        error={error}
      />
      <div className="admin-collection-entry__actions">
        {/* At the ends the buttons stay focusable (aria-disabled), so focus never falls away. */}
        <Button
          type="button"
          variant="secondary"
          id={upId}
          aria-disabled={first || undefined}
          onClick={() => !first && onMove(index - 1, `move-up-${index - 1}`)}
        >
          Move up<VisuallyHidden> {entry.trustName}</VisuallyHidden>
        </Button>
        <Button
          type="button"
          variant="secondary"
          id={downId}
          aria-disabled={last || undefined}
          onClick={() => !last && onMove(index + 1, `move-down-${index + 1}`)}
        >
          Move down<VisuallyHidden> {entry.trustName}</VisuallyHidden>
        </Button>
        <Button type="button" variant="warning" onClick={onRemove}>
          Remove<VisuallyHidden> {entry.trustName}</VisuallyHidden>
        </Button>
      </div>
    </li>
  );
}
