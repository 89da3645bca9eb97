package org.parley.web;

/** The service's metrics, which the launcher keeps; the service only shows them. */
public interface Metrics {

    /** The metrics now, in Prometheus text format (version 0.0.4). */
    String scrape();
}
