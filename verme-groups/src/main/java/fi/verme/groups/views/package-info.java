/**
 * Groups module: the read models. The rosters and the programme overview (kept in the transaction that appends
 * their events and rebuildable from them, declared in {@code GroupViews}), the waiting list, the mentor register and the surveys' results, which read the lookups' and
 * the answers' tables; names and e-mail addresses come from the person register when read.
 */
package fi.verme.groups.views;
