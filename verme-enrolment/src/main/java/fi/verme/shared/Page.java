package fi.verme.shared;

import java.util.List;

/**
 * One page of a list as a controller answers it: the rows, how many rows the whole filtered list has, and
 * the listing that chose them. The application writes it as a plain JSON array of the rows, with the total
 * in {@code X-Total-Count} and the neighbouring pages in a {@code Link} header (RFC 8288), so that a client
 * that reads the list as an array reads it as before.
 */
public record Page<T>(List<T> items, long total, Listing listing) {

    public Page {
        items = List.copyOf(items);
    }

    /** The number of the last page (1 for an empty list). */
    public long lastPage() {
        if (!listing.paged() || total == 0) {
            return 1;
        }
        return (total + listing.size() - 1) / listing.size();
    }
}
