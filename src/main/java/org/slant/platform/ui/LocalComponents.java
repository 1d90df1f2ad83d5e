package org.slant.platform.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Gives Vaadin's own components (which speak English by themselves) the reader's language. */
public final class LocalComponents {

    private LocalComponents() {
    }

    /** The upload's buttons, drop hint, progress and errors in the reader's language. */
    public static Upload translated(Upload upload) {
        UploadI18N texts = new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(text("platform.upload.drop-one"))
                        .setMany(text("platform.upload.drop-many")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(text("platform.upload.add-one"))
                        .setMany(text("platform.upload.add-many")))
                .setError(new UploadI18N.Error().setTooManyFiles(text("platform.upload.too-many"))
                        .setFileIsTooBig(text("platform.upload.too-big"))
                        .setIncorrectFileType(text("platform.upload.wrong-type")))
                .setFile(new UploadI18N.File().setRemove(text("platform.upload.remove"))
                        .setRetry(text("platform.upload.retry")).setStart(text("platform.upload.start")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(text("platform.upload.connecting"))
                                .setStalled(text("platform.upload.stalled"))
                                .setProcessing(text("platform.upload.processing"))
                                .setHeld(text("platform.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(text("platform.upload.remaining") + ": ")
                                .setUnknown(text("platform.upload.unknown-time")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(text("platform.upload.server-unavailable"))
                                .setUnexpectedServerError(text("platform.upload.unexpected"))
                                .setForbidden(text("platform.upload.forbidden"))
                                .setFileTooLarge(text("platform.upload.too-big"))));
        upload.setI18n(texts);
        return upload;
    }

    /**
     * The picker's calendar (month and day names, first day of the week) in the reader's language, while the field
     * itself takes and shows ISO dates (2018-11-25), which every locale reads the same.
     */
    public static DatePicker translated(DatePicker picker) {
        Locale locale = LocalFormats.locale();
        List<String> months = Arrays.stream(java.time.Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        DatePicker.DatePickerI18n texts = (picker.getI18n() == null ? new DatePicker.DatePickerI18n()
                : picker.getI18n())
                .setMonthNames(months)
                .setWeekdays(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                        .toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(text("platform.date.today"))
                .setCancel(text("platform.common.cancel"));
        picker.setI18n(texts);
        return picker;
    }

    private static String text(String key) {
        return I18NProvider.translate(key);
    }
}
