/** Parley as a web application on Open Liberty: the start-up that installs the batch artifacts' environment. */
package org.parley.liberty;
