package dev.reconciler.extract.context;

import dev.reconciler.extract.vocab.Vocabulary;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a social-media post embedded in an article: a paragraph signed "— Name (@handle) Month
 * D, YYYY" (the form embedded tweets take when an article is copied as text) or one with a link
 * from {@code social-links.txt}. Whatever a post says keeps the role social_media, even when it
 * relays an official.
 */
public final class SocialPosts {

  private static final Pattern SIGNATURE =
      Pattern.compile(
          "[—–-]\\s*([^—–()@]{1,80}?)\\s*\\(@(\\w{1,30})\\)\\s*(?:\\p{L}+\\.? \\d{1,2},"
              + " \\d{4})?\\s*$");
  private static final Pattern HANDLE_ONLY = Pattern.compile("\\(@(\\w{1,30})\\)");

  private final List<String> linkHosts;

  public SocialPosts(Vocabulary vocabulary) {
    this.linkHosts = vocabulary.phrases("social-links");
  }

  /** A post: its author's name, or its handle when no name is given. */
  public record Post(String author) {}

  /** The post a paragraph is, or null when it is article text. */
  public Post of(String paragraph) {
    Matcher signed = SIGNATURE.matcher(paragraph);
    if (signed.find()) {
      // Display names carry emoji and marks ("Updates 🚨™"); the name is its letters and spaces.
      String name = signed.group(1).replaceAll("[^\\p{L}\\p{N} .'-]", "").strip();
      return new Post(name.isEmpty() ? "@" + signed.group(2) : name);
    }
    String lower = paragraph.toLowerCase(Locale.ROOT);
    for (String host : linkHosts) {
      if (lower.contains(host + "/")) {
        Matcher handle = HANDLE_ONLY.matcher(paragraph);
        return new Post(handle.find() ? "@" + handle.group(1) : null);
      }
    }
    return null;
  }
}
