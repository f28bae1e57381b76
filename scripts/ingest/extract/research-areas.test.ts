import { describe, it, expect } from 'vitest';
import { pickAreas, researchAreasOf, scoreAreas } from './research-areas';

const areas = (text: string) => researchAreasOf([{ text, weight: 1 }]);

describe('research areas', () => {
  it('finds the area the text is about', () => {
    expect(
      areas('We build quantum error correction for superconducting qubits and quantum algorithms.'),
    ).toEqual(['Quantum technologies']);
    expect(areas('Formal verification, theorem proving and automated reasoning with SMT solvers.')[0]).toBe(
      'Automated reasoning',
    );
    expect(areas('Renewable energy, carbon accounting and climate models for sustainability.')[0]).toBe(
      'Sustainability',
    );
  });

  it('does not spray areas on passing mentions', () => {
    const text =
      'Robotics research: robots, robotic manipulation, grasping robots, robot navigation and motion planning. Some computer vision.';
    expect(areas(text)).toEqual(['Robotics']);
  });

  it('counts machine learning when the role names it, but not "double machine learning"', () => {
    expect(
      areas('Econometrics, causal inference and pricing for economists; we use machine learning.'),
    ).toEqual(['Economics', 'Machine learning']);
    expect(
      areas('Econometrics, causal inference and pricing for economists; we use Double Machine Learning.'),
    ).toEqual(['Economics']);
  });

  it('weights zones and caps repeated keywords', () => {
    const once = scoreAreas([{ text: 'robotics', weight: 1 }]).get('Robotics') ?? 0;
    expect(scoreAreas([{ text: 'robotics', weight: 3 }]).get('Robotics')).toBe(3 * once);
    expect(scoreAreas([{ text: 'robotics '.repeat(50), weight: 1 }]).get('Robotics')).toBe(3 * once);
  });

  it('matches whole words and longest phrases only', () => {
    expect(scoreAreas([{ text: 'brainstorm chained mail', weight: 1 }]).size).toBe(0);
    const llm = scoreAreas([{ text: 'large language models', weight: 1 }]);
    expect(llm.get('Conversational AI')).toBe(1.5); // not also "language model"
  });

  it('orders by evidence and applies the thresholds', () => {
    const scores = new Map([
      ['Robotics', 30],
      ['Computer vision', 12],
      ['Machine learning', 5],
    ] as const);
    expect(pickAreas(new Map(scores))).toEqual(['Robotics', 'Computer vision']);
    expect(
      pickAreas(new Map(scores), { minScore: 1, secondRatio: 0.1, laterRatio: 0.1, maxAreas: 3 }),
    ).toEqual(['Robotics', 'Computer vision', 'Machine learning']);
  });
});
