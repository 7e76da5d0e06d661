package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import studio.thresho.asset.LibraryHit;
import studio.thresho.asset.LibraryPage;

/**
 * The library's cards a page at a time. "Show more" appends the next page; beyond
 * {@value #MAX_PAGES} pages it drops the earliest one, which "Show earlier" (above the cards) brings
 * back while dropping the last. So however far someone scrolls, a session holds at most
 * {@value #MAX_PAGES} pages of cards (each card one element), not every page seen.
 */
final class LibraryCards extends Div {

    /** Two pages: the one just loaded and the one the user was looking at when asking for it. */
    static final int MAX_PAGES = 2;

    private final int pageSize;
    private final long total;
    private final IntFunction<LibraryPage> pageAt;
    private final Function<LibraryHit, Component> card;
    private final IntConsumer moved;
    private final Div cards = new Div();
    private final Deque<List<Component>> pages = new ArrayDeque<>();
    private final Span position = new Span();
    final Button earlier = new Button("Show earlier", VaadinIcon.ARROW_UP.create());
    final Button more = new Button("Show more");
    /** Offset of the first card shown, and one past the last. */
    private int start;
    private int end;

    /**
     * @param first  the page at {@code firstOffset} (already searched: the view needs its total and facets)
     * @param pageAt searches the page that starts at an offset
     * @param moved  told the offset of the first card shown whenever it changes
     */
    LibraryCards(LibraryPage first, int firstOffset, int pageSize, IntFunction<LibraryPage> pageAt,
                 Function<LibraryHit, Component> card, IntConsumer moved) {
        this.pageSize = pageSize;
        this.total = first.total();
        this.pageAt = pageAt;
        this.card = card;
        this.moved = moved;
        this.start = firstOffset;
        this.end = firstOffset;
        addClassName("library-cards");
        cards.addClassName("asset-grid");
        earlier.addClassName("library-earlier");
        earlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        earlier.addClickListener(click -> showEarlier());
        more.addClassName("library-more");
        more.addClickListener(click -> showMore());
        position.addClassName("library-position");
        add(earlier, cards, position, more);
        append(first);
    }

    void showMore() {
        if (end < total) {
            int before = start;
            append(pageAt.apply(end));
            if (start != before) {
                moved.accept(start);
            }
        }
    }

    void showEarlier() {
        if (start > 0) {
            int offset = Math.max(0, start - pageSize);
            List<Component> page = pageAt.apply(offset).hits().stream().limit(start - offset).map(card).toList();
            for (int i = page.size() - 1; i >= 0; i--) {
                cards.addComponentAsFirst(page.get(i));
            }
            pages.addFirst(page);
            start -= page.size();
            if (pages.size() > MAX_PAGES) {
                List<Component> last = pages.removeLast();
                cards.remove(last.toArray(Component[]::new));
                end -= last.size();
            }
            update();
            moved.accept(start);
        }
    }

    /** The element holding the cards (and nothing else). */
    Div grid() {
        return cards;
    }

    /** Offset of the first card shown. */
    int start() {
        return start;
    }

    private void append(LibraryPage page) {
        List<Component> added = page.hits().stream().map(card).toList();
        cards.add(added);
        pages.addLast(added);
        end += added.size();
        if (pages.size() > MAX_PAGES) {
            List<Component> earliest = pages.removeFirst();
            cards.remove(earliest.toArray(Component[]::new));
            start += earliest.size();
        }
        update();
    }

    private void update() {
        earlier.setVisible(start > 0);
        more.setVisible(end < total && !pages.getLast().isEmpty());
        position.setVisible(start > 0);
        position.setText(String.format("Showing %,d-%,d of %,d", start + 1, end, total));
    }
}
