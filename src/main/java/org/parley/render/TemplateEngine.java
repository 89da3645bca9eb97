package org.parley.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.TemplateNotFoundException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Turns a template name and a model into markup: the application's one FreeMarker configuration.
 *
 * <p>Templates come from a folder an analyst may edit, falling back to the copies bundled in the jar
 * under {@code templates/}; a name is given without its extension ("briefing" is
 * {@code briefing.ftlh}). {@code .ftlh} and {@code .ftlx} templates escape every value, so article
 * text can never inject markup. Java records are read as {@code quote.speaker}. Errors are
 * rethrown, never written into the output.
 */
public final class TemplateEngine {

    /** The full briefing; the other bundled template is {@link #SUMMARY}. */
    public static final String BRIEFING = "briefing";
    /** The one-page summary. */
    public static final String SUMMARY = "summary";

    private static final Logger LOG = Logger.getLogger(TemplateEngine.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.ftl[hx])?");

    private final Configuration configuration;
    private final String origin;

    /**
     * @param folder the templates folder to look in first, or null; a folder that does not exist is
     *               not an error (a fresh home has none) and leaves only the bundled templates
     */
    public TemplateEngine(Path folder) {
        boolean useFolder = folder != null && Files.isDirectory(folder);
        if (folder != null && !useFolder) {
            LOG.info(() -> "No templates folder at " + folder + "; using the bundled templates");
        }
        this.origin = useFolder ? folder.toAbsolutePath() + " (then the bundled templates)" : "the bundled templates";
        this.configuration = configure(loader(useFolder ? folder : null));
    }

    /** An engine with the bundled templates only. */
    public static TemplateEngine bundled() {
        return new TemplateEngine(null);
    }

    /**
     * Renders the named template with the model as its root.
     *
     * @throws RenderException naming the template, line and column of a template error, or an unknown name
     */
    public String render(String name, Object model) {
        Template template = load(name);
        try {
            StringWriter out = new StringWriter(64 * 1024);
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new RenderException(at(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber())
                    + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new RenderException("Cannot render template \"" + template.getName() + "\": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that the named template is there and parses, so a run that names a missing or broken
     * one is refused before it starts rather than failing after its first three steps.
     *
     * @throws RenderException naming the template (and the line and column of a syntax error)
     */
    public void check(String name) {
        load(name);
    }

    private Template load(String name) {
        String file = fileName(name);
        try {
            return configuration.getTemplate(file);
        } catch (TemplateNotFoundException e) {
            throw new RenderException("No template \"" + file + "\" in " + origin, e);
        } catch (ParseException e) {
            throw new RenderException(at(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
                    + e.getEditorMessage(), e);
        } catch (IOException e) {
            throw new RenderException("Cannot read template \"" + file + "\" from " + origin + ": " + e.getMessage(), e);
        }
    }

    /** Where templates are looked up, for logs and error messages. */
    public String origin() {
        return origin;
    }

    static String fileName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new RenderException("Bad template name \"" + name
                    + "\": use letters, digits, '-' and '_' (like \"briefing\" or \"summary\")");
        }
        return name.endsWith(".ftlh") || name.endsWith(".ftlx") ? name : name + ".ftlh";
    }

    private static String at(String template, Integer line, Integer column) {
        return "Template \"" + template + "\" failed at line " + line + ", column " + column + ": ";
    }

    private static TemplateLoader loader(Path folder) {
        TemplateLoader bundled = new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), "templates");
        if (folder == null) {
            return bundled;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(folder.toFile()), bundled});
        } catch (IOException e) {
            throw new RenderException("Cannot use templates folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Configuration configure(TemplateLoader loader) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ENGLISH);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        // citation numbers and counts print as 1234, never 1,234
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // analysts edit templates: they get the model, not the JVM
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return cfg;
    }
}
