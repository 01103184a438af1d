/**
 * The JavaFX workstation. Each screen is a view (code-built JavaFX) over a view model that exposes
 * JavaFX properties and talks to the services; view models are tested without the FX thread.
 * Every user-visible string comes from the {@code messages} bundle through {@link org.yusuan.workbench.app.common.Messages}.
 */
package org.yusuan.workbench.app;
