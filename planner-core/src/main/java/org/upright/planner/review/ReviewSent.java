package org.upright.planner.review;

/**
 * A review handed to the outbox for its client.
 *
 * @param to the client's address
 * @param fileName the PDF's name, as the client sees it attached
 */
public record ReviewSent(String to, String fileName) {}
