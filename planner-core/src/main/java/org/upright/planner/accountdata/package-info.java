/**
 * A person's own data: taking it with them ("Download my data") and leaving ("Delete my account").
 * Both read or erase every table that holds the person's rows, so the list of those tables lives
 * here once ({@link PersonalTables}) and a test compares it with the schema.
 */
package org.upright.planner.accountdata;
