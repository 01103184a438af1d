/**
 * Storage: one embedded H2 file per budget, its schema in versioned Flyway scripts
 * ({@code db/migration}), read and written with jOOQ classes generated from those scripts.
 * Generated records never leave this package; callers see the domain model.
 */
package org.yusuan.workbench.store;
