/**
 * Configuration: the Parley home and its layout, settings from defaults, a file, the environment
 * and {@code -D} properties, logging, and the one-time jbatch setup for Java SE.
 */
package org.parley.config;
