package org.parley.party;

import java.util.List;
import java.util.Optional;

import org.parley.article.Article;

/**
 * Decides which party a speaker or a mention stands for: from a role written before or after a
 * name ("Russian Deputy Foreign Minister", "NATO's secretary-general") or from a mention that
 * names a party ("Moscow", "the alliance"), with the article deciding ambiguous forms ("Brussels").
 * Unknown stays unknown: a wrong party is worse than none. Thread-safe; one instance serves a run.
 */
public final class PartyResolver {

    private final PartyRegistry registry;
    private final RoleLexicon lexicon;
    private final RoleReader roles;
    private final OppositionReader oppositions;
    private final List<Party> states;
    // The extractor asks about many mentions of one article in a row: count its parties once.
    private final ThreadLocal<Cached> lastContext = new ThreadLocal<>();

    public PartyResolver(PartyRegistry registry) {
        this.registry = registry;
        this.lexicon = RoleLexicon.bundled();
        this.roles = new RoleReader(registry.index(), lexicon);
        this.oppositions = new OppositionReader(registry, lexicon, Oppositions.bundled());
        this.states = registry.parties().stream().filter(p -> "state".equals(p.kind())).toList();
    }

    /** The registry this resolver reads. */
    public PartyRegistry registry() {
        return registry;
    }

    /** The party a role names on its own ("Russian Deputy Foreign Minister" -> Russia); ambiguous forms stay unresolved. */
    public Optional<Party> partyOfRole(String role) {
        return partyOfRole(role, ArticleContext.NONE);
    }

    /** The party a role names, with the article deciding ambiguous forms ("Brussels negotiator"). */
    public Optional<Party> partyOfRole(String role, Article article) {
        return partyOfRole(role, context(article));
    }

    /** The party a role names, with this context deciding ambiguous forms. */
    public Optional<Party> partyOfRole(String role, ArticleContext context) {
        if (role == null || role.isBlank()) {
            return Optional.empty();
        }
        return fromRole(PhraseTokenizer.tokenize(role), context);
    }

    /** The party a mention in an article names ("Moscow", "the Kremlin", "the alliance", "a Russian official"). */
    public Optional<Party> partyOfMention(String mention, Article article) {
        return partyOfMention(mention, context(article));
    }

    /** The party a mention names, with this context deciding ambiguous forms. */
    public Optional<Party> partyOfMention(String mention, ArticleContext context) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        List<Token> tokens = PhraseTokenizer.tokenize(mention);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        PartyForm whole = whole(tokens);
        if (whole != null && !whole.demonym()) {
            return asWhole(whole, context);
        }
        PartyForm people = theDemonym(tokens);
        if (people != null) {
            return decide(people, context);
        }
        List<PartyIndex.Match> names = registry.index().scan(tokens);
        if (onlyNames(tokens, names)) {
            return sameParty(names.stream().map(PartyIndex.Match::form).toList(), context);
        }
        return fromRole(tokens, context);
    }

    /**
     * The party a mention names as a whole ("the State Department", "the Citadel"), not through a
     * role or a name inside it; empty otherwise.
     */
    public Optional<Party> partyNamedBy(String mention, Article article) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        PartyForm whole = whole(PhraseTokenizer.tokenize(mention));
        return whole == null || whole.demonym() ? Optional.empty() : asWhole(whole, context(article));
    }

    /** The form the whole mention is, a possessive ending aside; null when it is none. */
    private PartyForm whole(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        int end = tokens.get(tokens.size() - 1).isPossessive() ? tokens.size() - 1 : tokens.size();
        return registry.index().lookup(tokens, 0, end);
    }

    private static Optional<Party> asWhole(PartyForm whole, ArticleContext context) {
        if (whole.capital() && whole.sole() != null && context.namedOtherwiseThanByCity(whole.sole()) == 0) {
            return Optional.empty(); // a city where talks are held, in an article that is not about its state
        }
        return decide(whole, context);
    }

    /**
     * The state's opposition a role or a mention speaks for ("the Belarusian opposition", "opposition
     * leader", "a Belarus opposition figure", "the Coordination Council" in a story about Belarus),
     * the state decided by the role, else by the article; empty when neither makes it clear. Roles
     * keep no party through {@link #partyOfRole} ("opposition" rules them out there): the caller
     * decides whether the set treats the opposition as a side.
     */
    public Optional<Party> oppositionOf(String roleOrMention, Article article) {
        return oppositionOf(roleOrMention, context(article));
    }

    /** The state's opposition a role or a mention speaks for, with this context deciding the state. */
    public Optional<Party> oppositionOf(String roleOrMention, ArticleContext context) {
        if (roleOrMention == null || roleOrMention.isBlank()) {
            return Optional.empty();
        }
        return oppositions.read(PhraseTokenizer.tokenize(roleOrMention), context);
    }

    /** The one state the article is about, named at least twice as often as any other; empty when none is. */
    public Optional<Party> stateOf(Article article) {
        return context(article).choose(states);
    }

    /**
     * The one state's opposition the article writes of ("the Belarusian opposition", "Belarus
     * opposition politician"), for an opposition it names without its state elsewhere; empty when
     * it writes of none or of several.
     */
    public Optional<Party> oppositionWrittenIn(Article article) {
        if (article == null) {
            return Optional.empty();
        }
        List<Token> tokens = registry.index().read(article.text()).tokens();
        ArticleContext context = context(article);
        Party found = null;
        for (int i = 1; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equalsIgnoreCase("opposition")) {
                continue;
            }
            int from = i;
            while (from > 0 && i - from < 2 && tokens.get(from).spaceBefore()) {
                from--; // not back over punctuation: "Poland watched. Opposition candidate" is no Polish opposition
            }
            Optional<Party> party = oppositions.read(tokens.subList(from, i + 1), context);
            if (party.isPresent() && tokens.subList(from, i).stream().anyMatch(t -> t.startsUpper())) {
                if (found != null && !found.name().equals(party.get().name())) {
                    return Optional.empty();
                }
                found = party.get();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Which parties the article is about; computed once per article and thread. */
    public ArticleContext context(Article article) {
        if (article == null) {
            return ArticleContext.NONE;
        }
        Cached cached = lastContext.get();
        if (cached != null && cached.article() == article) {
            return cached.context();
        }
        ArticleContext context = ArticleContext.of(article.text(), article.bodyStart(), registry.index(), lexicon);
        lastContext.set(new Cached(article, context));
        return context;
    }

    private Optional<Party> fromRole(List<Token> tokens, ArticleContext context) {
        RoleReader.Evidence evidence = roles.read(tokens);
        if (!evidence.office() || evidence.disqualified() || evidence.forms().isEmpty()) {
            return Optional.empty();
        }
        return sameParty(evidence.forms(), context);
    }

    // The one party all these forms name; empty when one is unclear or two disagree.
    private static Optional<Party> sameParty(List<PartyForm> forms, ArticleContext context) {
        Party found = null;
        for (PartyForm form : forms) {
            Optional<Party> party = decide(form, context);
            if (party.isEmpty() || (found != null && !found.name().equals(party.get().name()))) {
                return Optional.empty();
            }
            found = party.get();
        }
        return Optional.of(found);
    }

    private static Optional<Party> decide(PartyForm form, ArticleContext context) {
        if (context.namesAPerson(form)) {
            return Optional.empty();
        }
        Party sole = form.sole();
        if (sole != null) {
            return Optional.of(sole);
        }
        return form.namesParty() ? context.choose(form.parties()) : Optional.empty();
    }

    // "The North Atlantic Treaty Organization (NATO)": nothing but names of a party and articles.
    private static boolean onlyNames(List<Token> tokens, List<PartyIndex.Match> names) {
        if (names.isEmpty() || names.stream().anyMatch(m -> m.form().demonym() || !m.form().namesParty())) {
            return false;
        }
        boolean[] covered = new boolean[tokens.size()];
        names.forEach(m -> java.util.Arrays.fill(covered, m.from(), m.to(), true));
        for (int i = 0; i < tokens.size(); i++) {
            if (!covered[i] && !tokens.get(i).text().equalsIgnoreCase("the")) {
                return false;
            }
        }
        return true;
    }

    // "the Russians", "the French": a demonym with the article names the side, a bare "Americans" does not.
    private PartyForm theDemonym(List<Token> tokens) {
        if (tokens.size() != 2 || !tokens.get(0).text().equalsIgnoreCase("the")) {
            return null;
        }
        PartyForm form = registry.index().lookup(tokens.get(1).text());
        return form != null && form.demonym() ? form : null;
    }

    private record Cached(Article article, ArticleContext context) {
    }
}
