package org.parley.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Renders the service's pages from the FreeMarker templates bundled under
 * {@code org/parley/web/pages/} (apart from the briefing templates). They are {@code .ftlh}, so
 * everything put into a page, article text and file names included, is HTML-escaped.
 */
final class PageRenderer {

    private final Configuration freemarker;

    PageRenderer() {
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setClassForTemplateLoading(PageRenderer.class, "/org/parley/web/pages");
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setLocale(Locale.UK);
        freemarker.setNumberFormat("computer"); // ids go into URLs: no digit grouping
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    /** A page from its template name ({@code index.ftlh}) and model. */
    String render(String template, Map<String, ?> model) {
        StringWriter out = new StringWriter();
        try {
            freemarker.getTemplate(template).process(model, out);
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("the page " + template + " cannot be rendered: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
