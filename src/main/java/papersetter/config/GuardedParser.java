package papersetter.config;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * The YAML parser with the limits snakeyaml-engine has no setting for: how deep collections may
 * nest (the composer builds the tree by recursion, so 20 000 opening brackets overflowed the
 * stack) and how many aliases a file may hold (a "billion laughs" file is a few aliases deep),
 * each refused at the line where the limit is passed.
 */
final class GuardedParser implements Parser {
    /** Layouts and specs nest four or five deep; a file ten times deeper is not a settings file. */
    static final int MAX_DEPTH = 50;
    static final int MAX_ALIASES = 50;

    /** Thrown at the event that passed a limit; its line is the event's. */
    static final class Limit extends RuntimeException {
        final int line;

        Limit(Event at, String message) {
            super(message, null, false, false);
            this.line = at.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        }
    }

    private final Parser parser;
    private int depth;
    private int aliases;

    GuardedParser(Parser parser) {
        this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                if (++depth > MAX_DEPTH) {
                    throw new Limit(event, "settings nested more than " + MAX_DEPTH + " levels deep"
                            + " — a layout or spec needs only a few; check the indentation and the brackets");
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            case Alias -> {
                if (++aliases > MAX_ALIASES) {
                    throw new Limit(event, "more than " + MAX_ALIASES + " aliases (*name) in one file"
                            + " — write the settings out in full");
                }
            }
            default -> {
            }
        }
        return event;
    }
}
