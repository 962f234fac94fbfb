import { describe, expect, it } from 'vitest';
import { classifyLine, stripBoilerplate, type LineKind } from './boilerplate.ts';

describe('classifyLine', () => {
  const cases: [string, LineKind][] = [
    ['Advertisement', 'ad'],
    ['Story continues below advertisement', 'ad'],
    ['X', 'junk'],
    ['x', 'junk'],
    ['  •  ', 'junk'],
    ["This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More", 'cookie'],
    ['Accept all', 'cookie'],
    ['Related posts', 'related-heading'],
    ['You may also like', 'related-heading'],
    ['Post a Comment', 'comments-heading'],
    ['Leave a Reply', 'comments-heading'],
    ['0 Comments', 'share'],
    ['Share this article', 'share'],
    ['Facebook Twitter WhatsApp Email', 'share'],
    ['Eastern Europe USA World', 'nav'],
    ['US', 'nav'],
    ['Home / World / Politics', 'nav'],
    ['Ukraine Peace Talks To Take U-turn? IMAGO / ABACAPRESS', 'photo-credit'],
    ['Source: Sputnik/AFP/Getty Images', 'photo-credit'],
    ['Photo: Reuters', 'photo-credit'],
    ['Vladimir Putin at the Kremlin. REUTERS/Maxim Shemetov', 'photo-credit'],
    ['(Photo by Contributor/Getty Images)', 'photo-credit'],
    ['Written By', 'byline'],
    ['By Jane Doe', 'byline'],
    ['By Jane Doe and John Roe, Reuters', 'byline'],
    ['  • PublishedNovember 20, 2024', 'dateline'],
    ['Published At:', 'dateline'],
    ['Updated: 3 hours ago', 'dateline'],
    ['— With inputs from Reuters', 'credit'],
    ['(Reporting by Guy Faulconbridge; Editing by Alex Richardson)', 'credit'],
    ['Summary', 'label'],
    ['Key Points:', 'label'],
    ['Sign up for our newsletter', 'ad'],
    ['Listen to this article', 'ad'],
    ['Advertisement · Scroll to continue', 'ad'],
    ['Read more: Putin and Trump speak for two hours', 'related-link'],
    ['(AP Photo/Evan Vucci)', 'photo-credit'],
    ['FILE PHOTO: Putin attends a meeting in Moscow, March 18, 2025. REUTERS/Maxim Shemetov/File Photo', 'photo-credit'],
    ['Nov 20, 2024, 10:05 AM ET', 'dateline'],
    ['Putin Signals Willingness to Negotiate Peace with Ukraine Amid U.S. Proposed Concessions | World | london-news-net.preview-domain.com', 'site-title'],
  ];
  it.each(cases)('%s → %s', (line, kind) => {
    expect(classifyLine(line).kind).toBe(kind);
  });

  // Article text that looks a little like furniture must stay.
  const content = [
    'Putin said the talks would continue.',
    'By Sunday, Trump expressed optimism that a deal was close.',
    'US officials said the proposal was final.',
    'Related talks resumed in Turkey on Monday, officials said.',
    'Published reports suggest the call lasted two hours.',
    'Sources cited by Reuters suggest this action could delay any settlement.',
    'Direct Talks Resume in Turkey',
    'Concerns Among Western Allies',
    'The Kremlin called it “an attempted provocation” by Ukraine.',
    'Dates for the next round have not been set.',
    'Share prices fell in Moscow after the announcement.',
    'On November 20, 2024, Putin spoke to reporters.',
    'Subscribers in Kyiv were hit by outages on Monday.',
    'More than 10,000 troops were deployed.',
  ];
  it.each(content)('keeps article text: %s', (line) => {
    expect(classifyLine(line).kind).toBe('content');
  });

  it('takes the date from a glued "Published" line and the value from a byline', () => {
    expect(classifyLine('PublishedNovember 20, 2024').value).toBe('2024-11-20');
    expect(classifyLine('Published: 20 Nov 2024').value).toBe('2024-11-20');
    expect(classifyLine('By Jane Doe, Reuters').value).toBe('Jane Doe');
  });

  it('strips a bullet glyph from content', () => {
    expect(classifyLine('  • Russia expresses interest in drafting a peace agreement').text).toBe('Russia expresses interest in drafting a peace agreement');
  });
});

describe('stripBoilerplate', () => {
  it('drops a related block up to the next prose, and everything after a comments heading', () => {
    const text = [
      'Headline of the story',
      '',
      'First paragraph of the article, which is prose.',
      '',
      'Related posts',
      '',
      'Some Other Story Title',
      '',
      'Another Story About Something',
      '',
      'This paragraph is article prose again and it ends with a full stop, as prose does in an article.',
      '',
      'Post a Comment',
      '',
      'Nice piece, thanks.',
    ].join('\n');
    const r = stripBoilerplate(text);
    expect(r.headline).toBe('Headline of the story');
    expect(r.paragraphs).toEqual([
      'First paragraph of the article, which is prose.',
      'This paragraph is article prose again and it ends with a full stop, as prose does in an article.',
    ]);
    expect(r.dropped.map((d) => d.kind)).toEqual(['headline', 'related-heading', 'related-link', 'related-link', 'comments-heading', 'comment']);
  });

  it('reads the author from the line after "Written By" and the date of "Published At:" from the next line', () => {
    const r = stripBoilerplate('Title here\n\nBody sentence one.\n\nPublished At:\nNovember 21, 2024\n\nWritten By\nMichelle Larsen');
    expect(r.author).toBe('Michelle Larsen');
    expect(r.published).toBe('2024-11-21');
    expect(r.paragraphs).toEqual(['Body sentence one.']);
  });

  it('joins hard-wrapped lines of one paragraph and keeps single-line paragraphs apart', () => {
    const r = stripBoilerplate('Title\n\nThe talks, which began on Monday,\ncontinued into the night.\nA second paragraph starts here.');
    expect(r.paragraphs).toEqual(['The talks, which began on Monday, continued into the night.', 'A second paragraph starts here.']);
  });
});
