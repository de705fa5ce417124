package eu.dbp.passport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * One part of the design tree as the manufacturer adds or corrects it, with the passport version
 * the change was based on. The answer carries the passport's new version, so that the next change
 * can follow without reading the passport again.
 *
 * @param version the passport version ({@code version} of the passport) the change was based on
 * @param part a component, fastener, joint or connector in the shape of the passport document
 */
public record DesignChange<T>(@NotNull Integer version, @NotNull @Valid T part) {}
