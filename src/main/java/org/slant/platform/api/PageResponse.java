package org.slant.platform.api;

import java.util.List;
import org.springframework.data.domain.Page;

/**
 * One page of a longer list.
 *
 * @param page the page's number, from 0
 * @param size the most items a page holds
 * @param totalItems items in the whole list
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
