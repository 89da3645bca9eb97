package org.parley.config;

/** Another process holds the Parley home. */
public final class HomeBusyException extends Exception {

    private final transient HomeLock.Holder holder;

    public HomeBusyException(ParleyHome home, HomeLock.Holder holder) {
        super("the Parley home " + home.root() + " is busy: " + holder.describe()
                + ". Wait for it to finish, or use another --home.");
        this.holder = holder;
    }

    /** Who holds the home. */
    public HomeLock.Holder holder() {
        return holder;
    }
}
