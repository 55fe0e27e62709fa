/** Orders. Null-marked with JSpecify: nothing here is null unless it says {@code @Nullable}. */
@NullMarked
package com.acme.orders;

import org.jspecify.annotations.NullMarked;
