/**
 * Loading the fact base from {@code seeds/}: read every file, validate everything, then
 * apply it in one transaction through the domain services, or nothing at all.
 */
package org.sidebyside.importer;
